// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000112131264) q[0];
rz(pi*-0.000536803362) q[1];
rz(pi*-0.006654084126) q[2];
rz(pi*0.002874218011) q[3];
rz(pi*-0.000398697396) q[4];
rz(pi*-0.005071133239) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003475932479) q[0];
rz(pi*-0.000800771793) q[1];
rz(pi*0.004147469919) q[2];
rz(pi*0.002549148439) q[3];
rz(pi*0.001078607525) q[4];
rz(pi*-0.002171904403) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002711118489) q[0];
rz(pi*-0.001809492164) q[1];
rz(pi*0.000492146739) q[2];
rz(pi*0.001018375202) q[3];
rz(pi*0.0038148403) q[4];
rz(pi*0.001494655425) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004757719159) q[0];
rz(pi*0.000202507197) q[1];
rz(pi*0.00743184583) q[2];
rz(pi*0.005128106029) q[3];
rz(pi*-0.002645911824) q[4];
rz(pi*-0.007710396597) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004932853628) q[0];
rz(pi*-0.000357875566) q[1];
rz(pi*-0.000413985281) q[2];
rz(pi*-0.001551549062) q[3];
rz(pi*0.002697813554) q[4];
rz(pi*0.003109463185) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

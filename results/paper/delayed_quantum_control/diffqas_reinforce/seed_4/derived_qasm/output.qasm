// DiffQAS-QLSTM derived circuit, output gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.067032240168) q[0];
ry(pi*-0.005079048432) q[1];
ry(pi*0.030676997802) q[2];
ry(pi*-0.002695648882) q[3];
ry(pi*-0.000944223479) q[4];
ry(pi*-0.000409470322) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00479880079) q[0];
ry(pi*0.151336691167) q[1];
ry(pi*0.000885772075) q[2];
ry(pi*-0.000757975055) q[3];
ry(pi*-0.005118000076) q[4];
ry(pi*0.001142217293) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.006268470144) q[0];
ry(pi*-5.8915477e-05) q[1];
ry(pi*0.000602342236) q[2];
ry(pi*-0.000242296885) q[3];
ry(pi*-0.001919196594) q[4];
ry(pi*0.000592477296) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.006116596856) q[0];
ry(pi*0.000871541328) q[1];
ry(pi*-0.006774435379) q[2];
ry(pi*-0.009596664801) q[3];
ry(pi*1.9882448e-05) q[4];
ry(pi*0.00034644115) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000162689718) q[0];
ry(pi*0.000302373108) q[1];
ry(pi*0.046099498543) q[2];
ry(pi*-0.98703686002) q[3];
ry(pi*-0.856207546217) q[4];
ry(pi*-0.00303132511) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

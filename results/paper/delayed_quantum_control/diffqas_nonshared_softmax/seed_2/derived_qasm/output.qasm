// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000166947562) q[0];
ry(pi*5.722778e-06) q[1];
ry(pi*0.000150244374) q[2];
ry(pi*0.097321714854) q[3];
ry(pi*7.1799103e-05) q[4];
ry(pi*-1.069e-09) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002306257396) q[0];
ry(pi*0.977080113812) q[1];
ry(pi*-0.00013997719) q[2];
ry(pi*0.00022884819) q[3];
ry(pi*-4.0e-12) q[4];
ry(pi*-2.1e-11) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-1.494256e-06) q[0];
ry(pi*-2.0171799e-05) q[1];
ry(pi*0.000538322553) q[2];
ry(pi*-1.48e-10) q[3];
ry(pi*-0.001112816501) q[4];
ry(pi*3.8444e-08) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.023310750247) q[0];
ry(pi*-0.000109742986) q[1];
ry(pi*-6.191e-09) q[2];
ry(pi*-1.98e-08) q[3];
ry(pi*6.845933e-06) q[4];
ry(pi*2.0219773e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.079542063656) q[0];
ry(pi*-5.2179892e-05) q[1];
ry(pi*-8.54144e-06) q[2];
ry(pi*-0.001188037739) q[3];
ry(pi*-0.033321620961) q[4];
ry(pi*0.000145808808) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

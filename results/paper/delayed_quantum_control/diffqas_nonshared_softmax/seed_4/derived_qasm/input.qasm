// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.000105181448) q[0];
ry(pi*1.2758678e-05) q[1];
ry(pi*0.000937475184) q[2];
ry(pi*-0.005055984093) q[3];
ry(pi*-3.3954671e-05) q[4];
ry(pi*-1.5390824e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002046885854) q[0];
ry(pi*-0.001508821101) q[1];
ry(pi*-0.008116131178) q[2];
ry(pi*-0.000229449222) q[3];
ry(pi*-0.000758471015) q[4];
ry(pi*6.975503e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-3.5998746e-05) q[0];
ry(pi*-5.422396e-06) q[1];
ry(pi*-8.265602e-06) q[2];
ry(pi*-3.671451e-06) q[3];
ry(pi*1.752041e-06) q[4];
ry(pi*0.000161159281) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.149485975521) q[0];
ry(pi*2.9363776e-05) q[1];
ry(pi*-1.5657082e-05) q[2];
ry(pi*1.5992546e-05) q[3];
ry(pi*0.007836114174) q[4];
ry(pi*0.003651685935) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00605064462) q[0];
ry(pi*0.00145814756) q[1];
ry(pi*0.142648756948) q[2];
ry(pi*-0.000289532671) q[3];
ry(pi*0.019262541) q[4];
ry(pi*0.002938586912) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

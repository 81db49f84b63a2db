// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.026303643375) q[0];
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
ry(pi*-0.005152509133) q[0];
ry(pi*-0.004305894141) q[1];
ry(pi*0.009014433863) q[2];
ry(pi*-0.013344508178) q[3];
ry(pi*-0.003833512448) q[4];
ry(pi*-0.001412044524) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00836453662) q[0];
ry(pi*-0.010513671058) q[1];
ry(pi*-0.009129798248) q[2];
ry(pi*-0.017289339666) q[3];
ry(pi*0.009236902374) q[4];
ry(pi*0.00603193512) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000927093607) q[0];
ry(pi*0.001280663286) q[1];
ry(pi*-0.000818121111) q[2];
ry(pi*0.000224137167) q[3];
ry(pi*-0.000276439159) q[4];
ry(pi*-4.0406505e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002438492852) q[0];
ry(pi*-0.007745405467) q[1];
ry(pi*-0.001584759523) q[2];
ry(pi*-0.001882022014) q[3];
ry(pi*-0.001607882263) q[4];
ry(pi*0.000908216242) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000350954218) q[0];
ry(pi*-0.002136633472) q[1];
ry(pi*0.080439991629) q[2];
ry(pi*0.078925677028) q[3];
ry(pi*-0.027245747922) q[4];
ry(pi*0.002217680011) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


h q[0];
h q[1];
h q[2];
h q[3];
h q[4];
h q[5];
ry(pi*0.030359911972) q[0];
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
rx(pi*-0.003797581621) q[0];
rx(pi*0.007400530124) q[1];
rx(pi*-0.004897599595) q[2];
rx(pi*0.002766239361) q[3];
rx(pi*0.001812954098) q[4];
rx(pi*-0.000741609578) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.005437336322) q[0];
rx(pi*-0.000964598579) q[1];
rx(pi*0.004130715204) q[2];
rx(pi*0.002748196278) q[3];
rx(pi*0.002738226396) q[4];
rx(pi*0.004750192018) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000886918592) q[0];
rx(pi*0.000339408671) q[1];
rx(pi*0.002779668509) q[2];
rx(pi*0.002236303245) q[3];
rx(pi*0.004385461695) q[4];
rx(pi*0.001520505645) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001111926708) q[0];
rx(pi*0.00373202722) q[1];
rx(pi*2.5759651e-05) q[2];
rx(pi*-0.003435460051) q[3];
rx(pi*-0.000111232226) q[4];
rx(pi*0.00031657056) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002906080963) q[0];
rx(pi*0.002591637907) q[1];
rx(pi*-0.001591632549) q[2];
rx(pi*0.000753280708) q[3];
rx(pi*-0.000948961478) q[4];
rx(pi*-0.001571968779) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

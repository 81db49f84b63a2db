// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*-0.125169970839) q[0];
ry(pi*-0.100066094349) q[1];
ry(pi*-0.001661340944) q[2];
ry(pi*-0.000730355922) q[3];
ry(pi*0.001898468274) q[4];
ry(pi*0.000798754975) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.104882051247) q[0];
ry(pi*-0.043546862379) q[1];
ry(pi*0.000502908437) q[2];
ry(pi*-0.001910142146) q[3];
ry(pi*-0.000257658844) q[4];
ry(pi*-0.000414128577) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.133719963696) q[0];
ry(pi*-0.136695364853) q[1];
ry(pi*-0.003653485678) q[2];
ry(pi*0.00022265229) q[3];
ry(pi*-0.000717453787) q[4];
ry(pi*0.002498951588) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.065147349859) q[0];
ry(pi*-0.029769754209) q[1];
ry(pi*0.002543134967) q[2];
ry(pi*0.001831081965) q[3];
ry(pi*-0.001942067352) q[4];
ry(pi*0.000660596094) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.135385799403) q[0];
ry(pi*-0.170915637124) q[1];
ry(pi*0.001610424018) q[2];
ry(pi*-0.001037313562) q[3];
ry(pi*-4.0374387e-05) q[4];
ry(pi*0.00180940901) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

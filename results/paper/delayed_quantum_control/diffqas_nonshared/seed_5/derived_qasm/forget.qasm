// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002154952846) q[0];
rx(pi*0.479134089563) q[1];
rx(pi*0.4470567512) q[2];
rx(pi*0.013653825627) q[3];
rx(pi*0.001394614942) q[4];
rx(pi*0.000181882857) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.189039980459) q[0];
rx(pi*-0.304855134483) q[1];
rx(pi*0.122033794618) q[2];
rx(pi*-0.015045768377) q[3];
rx(pi*0.276520094711) q[4];
rx(pi*-0.007140192602) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.530655648402) q[0];
rx(pi*0.097455178648) q[1];
rx(pi*0.416969046941) q[2];
rx(pi*0.022851633468) q[3];
rx(pi*-0.000828187858) q[4];
rx(pi*-0.001174648241) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.57052369026) q[0];
rx(pi*0.038731861234) q[1];
rx(pi*-0.02054325483) q[2];
rx(pi*0.394703768612) q[3];
rx(pi*0.279132983578) q[4];
rx(pi*-0.001884453491) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-6.1113921e-05) q[0];
rx(pi*-0.127417586881) q[1];
rx(pi*0.441333849531) q[2];
rx(pi*0.009834553412) q[3];
rx(pi*0.000800051348) q[4];
rx(pi*-0.000711248809) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

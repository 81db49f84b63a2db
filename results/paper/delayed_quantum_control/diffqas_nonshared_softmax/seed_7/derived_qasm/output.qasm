// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.179376780604) q[0];
ry(pi*-0.032196909363) q[1];
ry(pi*0.266540543261) q[2];
ry(pi*0.644476083624) q[3];
ry(pi*0.000874093459) q[4];
ry(pi*9.1808014e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.292498013155) q[0];
ry(pi*0.022032387851) q[1];
ry(pi*-0.135942507252) q[2];
ry(pi*0.278742676213) q[3];
ry(pi*-0.001315268985) q[4];
ry(pi*0.00860282781) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.007668450816) q[0];
ry(pi*0.341674407569) q[1];
ry(pi*-0.416640780461) q[2];
ry(pi*-0.324558902146) q[3];
ry(pi*-5.7512837e-05) q[4];
ry(pi*0.000578186667) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.01628763432) q[0];
ry(pi*-0.335356254914) q[1];
ry(pi*0.098863506737) q[2];
ry(pi*-0.022673218492) q[3];
ry(pi*-0.000143686714) q[4];
ry(pi*0.00851503557) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.698755521067) q[0];
ry(pi*-0.227452034687) q[1];
ry(pi*-0.295729527433) q[2];
ry(pi*0.009666818314) q[3];
ry(pi*-0.500399693817) q[4];
ry(pi*0.002557167686) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.116817389421) q[0];
ry(pi*0.186699445386) q[1];
ry(pi*0.002716259215) q[2];
ry(pi*-0.007121472429) q[3];
ry(pi*0.285845902195) q[4];
ry(pi*0.275402277336) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.184301233159) q[0];
ry(pi*0.337349987133) q[1];
ry(pi*-0.110819269074) q[2];
ry(pi*-0.242162990985) q[3];
ry(pi*0.290748593008) q[4];
ry(pi*-0.046335012003) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.014674810842) q[0];
ry(pi*-0.100327889808) q[1];
ry(pi*-0.007543445311) q[2];
ry(pi*-0.17412960161) q[3];
ry(pi*0.032694002467) q[4];
ry(pi*0.122678573962) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.175577829387) q[0];
ry(pi*-0.320467011706) q[1];
ry(pi*-0.160052031521) q[2];
ry(pi*-0.300453438045) q[3];
ry(pi*-0.621255299775) q[4];
ry(pi*-0.029980655273) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.066816382474) q[0];
ry(pi*-0.275104367251) q[1];
ry(pi*-0.351621553567) q[2];
ry(pi*0.048847041744) q[3];
ry(pi*-0.036907534308) q[4];
ry(pi*0.000414527857) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.139736345313) q[0];
ry(pi*0.068500076279) q[1];
ry(pi*-0.110800637836) q[2];
ry(pi*0.153436594882) q[3];
ry(pi*-0.246764109974) q[4];
ry(pi*0.306231967811) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.075567016881) q[0];
ry(pi*-0.249509599374) q[1];
ry(pi*0.003899056176) q[2];
ry(pi*0.095044937699) q[3];
ry(pi*0.114092343156) q[4];
ry(pi*-0.124924634238) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.238127582414) q[0];
ry(pi*0.475907014908) q[1];
ry(pi*0.242997393456) q[2];
ry(pi*-0.398963643761) q[3];
ry(pi*0.330294098156) q[4];
ry(pi*0.382046441497) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.161601459934) q[0];
ry(pi*0.015693429207) q[1];
ry(pi*-0.06443977072) q[2];
ry(pi*-0.110820786894) q[3];
ry(pi*0.152621051323) q[4];
ry(pi*0.038530622043) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.043045730451) q[0];
ry(pi*0.202949243304) q[1];
ry(pi*0.191195550216) q[2];
ry(pi*0.309417131666) q[3];
ry(pi*-0.024232047902) q[4];
ry(pi*-0.000740383983) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

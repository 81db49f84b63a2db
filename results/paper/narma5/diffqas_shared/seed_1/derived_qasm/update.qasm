// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*0.000172194935) q[0];
rz(pi*0.0008683127) q[1];
rz(pi*-0.003126347152) q[2];
rz(pi*-0.003524778115) q[3];
rz(pi*0.000635296453) q[4];
rz(pi*-0.001485677313) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000749624452) q[0];
rz(pi*0.002417623126) q[1];
rz(pi*-0.005248210637) q[2];
rz(pi*0.000809739678) q[3];
rz(pi*0.003898154378) q[4];
rz(pi*-0.000947058274) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002580907633) q[0];
rz(pi*0.00239445755) q[1];
rz(pi*0.000806739908) q[2];
rz(pi*0.002851680759) q[3];
rz(pi*-0.001098861452) q[4];
rz(pi*-0.004716753736) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00035018371) q[0];
rz(pi*-0.001419128177) q[1];
rz(pi*0.002467960346) q[2];
rz(pi*0.00061634064) q[3];
rz(pi*-0.005191150098) q[4];
rz(pi*-0.003804321097) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002813174085) q[0];
rz(pi*0.002163760203) q[1];
rz(pi*-0.002037962437) q[2];
rz(pi*-3.314525e-06) q[3];
rz(pi*0.001418308643) q[4];
rz(pi*0.001490978121) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

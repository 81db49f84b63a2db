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
ry(pi*-0.110394383876) q[0];
ry(pi*0.064615178516) q[1];
ry(pi*-0.002332406437) q[2];
ry(pi*0.000483448994) q[3];
ry(pi*-0.003506840864) q[4];
ry(pi*0.000219776066) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.11467922716) q[0];
ry(pi*-0.097231499439) q[1];
ry(pi*-0.000165080377) q[2];
ry(pi*-0.001841770589) q[3];
ry(pi*0.002813515595) q[4];
ry(pi*-0.004579837791) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.1208395645) q[0];
ry(pi*0.028307439167) q[1];
ry(pi*0.000617444321) q[2];
ry(pi*-0.000214933161) q[3];
ry(pi*-0.003518946663) q[4];
ry(pi*0.006481940829) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.120903787251) q[0];
ry(pi*-0.064622743899) q[1];
ry(pi*-0.002837649226) q[2];
ry(pi*0.00030998898) q[3];
ry(pi*0.00195114596) q[4];
ry(pi*-0.004272212178) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.126872376517) q[0];
ry(pi*-0.021175521647) q[1];
ry(pi*-0.002597467284) q[2];
ry(pi*0.002715422635) q[3];
ry(pi*0.0054144291) q[4];
ry(pi*-0.000269633372) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

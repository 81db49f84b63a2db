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
rx(pi*0.1704719025) q[0];
rx(pi*0.004259542829) q[1];
rx(pi*-0.001645337135) q[2];
rx(pi*-0.004008538417) q[3];
rx(pi*-0.005846619399) q[4];
rx(pi*-0.000651854697) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.169320806925) q[0];
rx(pi*0.000841870396) q[1];
rx(pi*-0.001477773533) q[2];
rx(pi*-0.001523559072) q[3];
rx(pi*-0.002296019227) q[4];
rx(pi*-0.00165441767) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.171152929279) q[0];
rx(pi*-0.001212603371) q[1];
rx(pi*0.000319719962) q[2];
rx(pi*0.006051682193) q[3];
rx(pi*0.001525060142) q[4];
rx(pi*-0.005016864066) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.175961439373) q[0];
rx(pi*0.001105216359) q[1];
rx(pi*-0.002996617432) q[2];
rx(pi*0.002887219976) q[3];
rx(pi*5.6207886e-05) q[4];
rx(pi*-0.001958316324) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.168627523752) q[0];
rx(pi*-0.003164090469) q[1];
rx(pi*0.000153166862) q[2];
rx(pi*0.00340215191) q[3];
rx(pi*-0.001034673311) q[4];
rx(pi*0.001339529496) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

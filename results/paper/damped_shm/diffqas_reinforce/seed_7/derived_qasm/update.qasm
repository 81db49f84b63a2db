// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.03333364494) q[0];
ry(pi*-0.008508752626) q[1];
ry(pi*0.001784918899) q[2];
ry(pi*-0.02708955952) q[3];
ry(pi*-0.017319187356) q[4];
ry(pi*0.003822181567) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.142876524784) q[0];
ry(pi*-0.276196761145) q[1];
ry(pi*-0.487134707539) q[2];
ry(pi*0.042213528819) q[3];
ry(pi*0.013847878891) q[4];
ry(pi*0.002728133783) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.007918490287) q[0];
ry(pi*0.131718177546) q[1];
ry(pi*0.045178167685) q[2];
ry(pi*-0.004984948347) q[3];
ry(pi*-0.036233887928) q[4];
ry(pi*-0.06420221769) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003903053201) q[0];
ry(pi*-0.240886523493) q[1];
ry(pi*0.150887103452) q[2];
ry(pi*0.431547858052) q[3];
ry(pi*0.492339994705) q[4];
ry(pi*-0.012160758133) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.031196300879) q[0];
ry(pi*-0.034927033209) q[1];
ry(pi*-0.053606047196) q[2];
ry(pi*-0.090363810633) q[3];
ry(pi*0.001128373783) q[4];
ry(pi*0.002078809873) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

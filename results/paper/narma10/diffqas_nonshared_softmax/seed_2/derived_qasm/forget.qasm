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
ry(pi*-0.110363923129) q[0];
ry(pi*-0.034941644597) q[1];
ry(pi*-0.005509666958) q[2];
ry(pi*-0.004149471544) q[3];
ry(pi*-0.000827716652) q[4];
ry(pi*-0.005252171198) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.109763558987) q[0];
ry(pi*0.002066294382) q[1];
ry(pi*-0.002620080724) q[2];
ry(pi*-0.004226551) q[3];
ry(pi*0.002511101854) q[4];
ry(pi*0.000278927961) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.113182210963) q[0];
ry(pi*-0.023762799676) q[1];
ry(pi*0.002816363582) q[2];
ry(pi*-0.000377073985) q[3];
ry(pi*-0.000442388929) q[4];
ry(pi*0.002507755239) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.112776393376) q[0];
ry(pi*-0.011846695125) q[1];
ry(pi*0.002580422938) q[2];
ry(pi*-0.000559429697) q[3];
ry(pi*0.005554656086) q[4];
ry(pi*0.000149361029) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.10434307343) q[0];
ry(pi*-0.025802213528) q[1];
ry(pi*0.002326494203) q[2];
ry(pi*0.001195002293) q[3];
ry(pi*0.002636552034) q[4];
ry(pi*-0.001866004569) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

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
ry(pi*-0.133030721718) q[0];
ry(pi*-0.021433349431) q[1];
ry(pi*0.03512712455) q[2];
ry(pi*0.052760725908) q[3];
ry(pi*-0.033129422283) q[4];
ry(pi*-0.000409378534) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.10728058601) q[0];
ry(pi*-0.101947156906) q[1];
ry(pi*-0.00675960877) q[2];
ry(pi*-0.019109172423) q[3];
ry(pi*-0.004210556381) q[4];
ry(pi*0.001145653509) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.119071219038) q[0];
ry(pi*-0.06597291103) q[1];
ry(pi*-0.005216615676) q[2];
ry(pi*-0.028826993633) q[3];
ry(pi*-0.029465177576) q[4];
ry(pi*0.003295910156) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.096457487224) q[0];
ry(pi*-0.088005592959) q[1];
ry(pi*-0.00239215577) q[2];
ry(pi*-0.036493036689) q[3];
ry(pi*-0.003468085766) q[4];
ry(pi*0.004236144392) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.116166700066) q[0];
ry(pi*-0.120386855768) q[1];
ry(pi*0.04325893196) q[2];
ry(pi*0.06427358368) q[3];
ry(pi*0.069081529335) q[4];
ry(pi*0.002631100333) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

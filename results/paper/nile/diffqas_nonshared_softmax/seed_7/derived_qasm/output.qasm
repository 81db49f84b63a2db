// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
ry(pi*0.01256309422) q[0];
ry(pi*-0.159225749386) q[1];
ry(pi*-0.116524250983) q[2];
ry(pi*-0.131238954398) q[3];
ry(pi*0.381004799703) q[4];
ry(pi*-0.135104556877) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.095340039817) q[0];
ry(pi*-0.075680971947) q[1];
ry(pi*0.085315513468) q[2];
ry(pi*0.032225335282) q[3];
ry(pi*0.021058696953) q[4];
ry(pi*-0.013457056889) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.176469984902) q[0];
ry(pi*0.081474196106) q[1];
ry(pi*0.028780747561) q[2];
ry(pi*-0.30287787061) q[3];
ry(pi*0.065021214289) q[4];
ry(pi*0.025035472619) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.062518490682) q[0];
ry(pi*-0.114958468061) q[1];
ry(pi*0.176311031222) q[2];
ry(pi*0.28039080086) q[3];
ry(pi*0.603146191556) q[4];
ry(pi*-0.060791078923) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.02839611779) q[0];
ry(pi*0.42210136492) q[1];
ry(pi*-0.358239893036) q[2];
ry(pi*0.140745989568) q[3];
ry(pi*-0.064399254418) q[4];
ry(pi*0.002333685912) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

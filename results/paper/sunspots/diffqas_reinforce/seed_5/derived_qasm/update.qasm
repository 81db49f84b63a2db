// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*-0.04586860969) q[0];
ry(pi*-0.097695591821) q[1];
ry(pi*-0.203867429428) q[2];
ry(pi*0.138253027439) q[3];
ry(pi*0.041237613367) q[4];
ry(pi*0.009191421733) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.16537817509) q[0];
ry(pi*0.005545911428) q[1];
ry(pi*0.088119144854) q[2];
ry(pi*-0.15236941577) q[3];
ry(pi*-0.073657561608) q[4];
ry(pi*0.006516999502) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.058239424599) q[0];
ry(pi*0.120822175977) q[1];
ry(pi*0.278856550645) q[2];
ry(pi*-0.40357891642) q[3];
ry(pi*-0.085036889181) q[4];
ry(pi*0.00135161988) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.11763500101) q[0];
ry(pi*-0.206557252787) q[1];
ry(pi*0.209269388097) q[2];
ry(pi*0.146306560408) q[3];
ry(pi*0.428630873985) q[4];
ry(pi*-0.313586544754) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.028610192045) q[0];
ry(pi*0.164926225268) q[1];
ry(pi*-0.019304629669) q[2];
ry(pi*-0.012505138405) q[3];
ry(pi*0.041805885106) q[4];
ry(pi*-0.002047078397) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.095182566011) q[0];
ry(pi*-0.049266424845) q[1];
ry(pi*0.460486914219) q[2];
ry(pi*0.059875658076) q[3];
ry(pi*-0.526665300106) q[4];
ry(pi*0.270214084615) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.082612380726) q[0];
ry(pi*0.167425049975) q[1];
ry(pi*-0.201814008945) q[2];
ry(pi*0.052960618035) q[3];
ry(pi*-0.163474923905) q[4];
ry(pi*-0.250905367504) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.004828162303) q[0];
ry(pi*0.071706617679) q[1];
ry(pi*-0.013645865374) q[2];
ry(pi*-0.107857585213) q[3];
ry(pi*-0.091518833567) q[4];
ry(pi*-0.010634962648) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.01816428097) q[0];
ry(pi*-0.072771932718) q[1];
ry(pi*0.066918598152) q[2];
ry(pi*0.018533979188) q[3];
ry(pi*0.207254444347) q[4];
ry(pi*0.062705282126) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000957533232) q[0];
ry(pi*0.047207639818) q[1];
ry(pi*0.113753100941) q[2];
ry(pi*0.093860212929) q[3];
ry(pi*-0.016459628207) q[4];
ry(pi*0.002631075135) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

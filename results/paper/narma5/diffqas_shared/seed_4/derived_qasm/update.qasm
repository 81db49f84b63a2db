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
ry(pi*-0.018846823196) q[0];
ry(pi*-0.004081937456) q[1];
ry(pi*0.004627140112) q[2];
ry(pi*-0.005149155107) q[3];
ry(pi*-0.22841399094) q[4];
ry(pi*0.276686789273) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.016092850606) q[0];
ry(pi*0.499332438813) q[1];
ry(pi*0.004957174023) q[2];
ry(pi*-0.497055822927) q[3];
ry(pi*0.208243228066) q[4];
ry(pi*0.152553460909) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.007175662747) q[0];
ry(pi*-0.002963157213) q[1];
ry(pi*0.008535304393) q[2];
ry(pi*0.016892486703) q[3];
ry(pi*-0.146481195064) q[4];
ry(pi*-0.418094662117) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.000196524853) q[0];
ry(pi*0.000546536604) q[1];
ry(pi*-0.080006729963) q[2];
ry(pi*-0.030999577201) q[3];
ry(pi*0.041515753848) q[4];
ry(pi*0.03729753811) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.031143191415) q[0];
ry(pi*-0.002192626646) q[1];
ry(pi*-0.005171789595) q[2];
ry(pi*0.006029028732) q[3];
ry(pi*0.046777797989) q[4];
ry(pi*-0.004707741977) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

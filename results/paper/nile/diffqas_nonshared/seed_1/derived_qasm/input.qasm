// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*-0.063383369021) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.159409405584) q[0];
rx(pi*-0.024002914028) q[1];
rx(pi*0.000739474922) q[2];
rx(pi*0.004106935533) q[3];
rx(pi*0.001522286415) q[4];
rx(pi*-0.002096029717) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002609978032) q[0];
rx(pi*-0.02079536233) q[1];
rx(pi*0.001941876587) q[2];
rx(pi*0.004697449854) q[3];
rx(pi*-0.002227347811) q[4];
rx(pi*-0.005408351892) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.147793919477) q[0];
rx(pi*-0.016622842455) q[1];
rx(pi*-0.009233889857) q[2];
rx(pi*0.001396885891) q[3];
rx(pi*0.006350616805) q[4];
rx(pi*0.002613078298) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.017867261419) q[0];
rx(pi*-0.016685780988) q[1];
rx(pi*0.003392139043) q[2];
rx(pi*-0.002911229692) q[3];
rx(pi*-0.003242414715) q[4];
rx(pi*0.001297113103) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.15092399596) q[0];
rx(pi*-0.017663447862) q[1];
rx(pi*-0.005691482206) q[2];
rx(pi*0.003416284532) q[3];
rx(pi*0.002156730652) q[4];
rx(pi*0.000139103702) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

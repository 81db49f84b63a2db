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
rz(pi*0.030359911972) q[0];
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
rz(pi*0.000732317082) q[0];
rz(pi*-0.002391826563) q[1];
rz(pi*0.002878784811) q[2];
rz(pi*0.001487289848) q[3];
rz(pi*-0.004056669017) q[4];
rz(pi*-0.001288968606) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000342652529) q[0];
rz(pi*0.002458843199) q[1];
rz(pi*0.001850404523) q[2];
rz(pi*0.00231190831) q[3];
rz(pi*0.000246478875) q[4];
rz(pi*0.002091371759) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000437707885) q[0];
rz(pi*0.003283750699) q[1];
rz(pi*0.002046687529) q[2];
rz(pi*-0.002610077046) q[3];
rz(pi*4.8186133e-05) q[4];
rz(pi*-0.002234915418) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000173565364) q[0];
rz(pi*0.002012383319) q[1];
rz(pi*0.00051549226) q[2];
rz(pi*-0.000140863767) q[3];
rz(pi*-0.001712391124) q[4];
rz(pi*0.004921997956) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000249106767) q[0];
rz(pi*-0.002846207121) q[1];
rz(pi*-0.001290283506) q[2];
rz(pi*0.003232509755) q[3];
rz(pi*0.006667783043) q[4];
rz(pi*0.004274018739) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

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
rz(pi*0.000732334128) q[0];
rz(pi*-0.002391834567) q[1];
rz(pi*0.002878772064) q[2];
rz(pi*0.001487304819) q[3];
rz(pi*-0.00405666961) q[4];
rz(pi*-0.001288967124) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000342661386) q[0];
rz(pi*0.002458857429) q[1];
rz(pi*0.001850416826) q[2];
rz(pi*0.002311917945) q[3];
rz(pi*0.000246479301) q[4];
rz(pi*0.002091363903) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000437701956) q[0];
rz(pi*0.003283755146) q[1];
rz(pi*0.002046696867) q[2];
rz(pi*-0.002610081197) q[3];
rz(pi*4.8189881e-05) q[4];
rz(pi*-0.002234905487) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000173562418) q[0];
rz(pi*0.00201238243) q[1];
rz(pi*0.000515491259) q[2];
rz(pi*-0.000140857588) q[3];
rz(pi*-0.001712389938) q[4];
rz(pi*0.004922004774) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000249103451) q[0];
rz(pi*-0.002846202971) q[1];
rz(pi*-0.001290283803) q[2];
rz(pi*0.003232513016) q[3];
rz(pi*0.0066677866) q[4];
rz(pi*0.004274020222) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

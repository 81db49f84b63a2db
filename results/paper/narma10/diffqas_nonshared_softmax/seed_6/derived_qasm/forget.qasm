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
rx(pi*-0.169146048946) q[0];
rx(pi*0.005678576587) q[1];
rx(pi*-0.008127359487) q[2];
rx(pi*-0.000439089338) q[3];
rx(pi*0.003226761012) q[4];
rx(pi*0.00430397908) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.170518670324) q[0];
rx(pi*0.004789337836) q[1];
rx(pi*0.000922953176) q[2];
rx(pi*0.001754763199) q[3];
rx(pi*0.000568883388) q[4];
rx(pi*-0.003418231314) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.175192720555) q[0];
rx(pi*0.00123206689) q[1];
rx(pi*-0.001846801035) q[2];
rx(pi*0.004047492729) q[3];
rx(pi*0.004113803371) q[4];
rx(pi*0.005725692442) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.172683138299) q[0];
rx(pi*0.004428307792) q[1];
rx(pi*-0.002883372659) q[2];
rx(pi*-0.002598395466) q[3];
rx(pi*0.00025881129) q[4];
rx(pi*0.00089582311) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.177587840223) q[0];
rx(pi*-0.005485238359) q[1];
rx(pi*0.001130250677) q[2];
rx(pi*-0.002744431966) q[3];
rx(pi*0.003846318756) q[4];
rx(pi*0.001255879838) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

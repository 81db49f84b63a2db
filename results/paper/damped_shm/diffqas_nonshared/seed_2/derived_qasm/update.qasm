// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.136495314956) q[0];
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
rx(pi*0.157221012974) q[0];
rx(pi*-0.102185103621) q[1];
rx(pi*-0.107915167502) q[2];
rx(pi*-0.179840189966) q[3];
rx(pi*0.093268860842) q[4];
rx(pi*-0.000752387952) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.078236458766) q[0];
rx(pi*0.014853642033) q[1];
rx(pi*-0.403848822728) q[2];
rx(pi*0.049871830994) q[3];
rx(pi*0.07614209035) q[4];
rx(pi*-0.002298250896) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.191636173308) q[0];
rx(pi*0.069568649889) q[1];
rx(pi*0.018491749409) q[2];
rx(pi*-0.177003555485) q[3];
rx(pi*0.076197087603) q[4];
rx(pi*0.001505488271) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.081920017731) q[0];
rx(pi*-0.008202081875) q[1];
rx(pi*-0.104874632902) q[2];
rx(pi*0.05279458752) q[3];
rx(pi*0.079167864153) q[4];
rx(pi*-0.003919972445) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.150269540514) q[0];
rx(pi*0.015679264865) q[1];
rx(pi*-0.103693332713) q[2];
rx(pi*-0.179665773496) q[3];
rx(pi*0.074611065503) q[4];
rx(pi*0.000252802803) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

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
rx(pi*0.141458169598) q[0];
rx(pi*-0.200784604574) q[1];
rx(pi*-0.143248912389) q[2];
rx(pi*-0.179791714596) q[3];
rx(pi*0.093275482331) q[4];
rx(pi*-0.000741502931) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.103681787796) q[0];
rx(pi*-0.081867377843) q[1];
rx(pi*-0.439205562585) q[2];
rx(pi*0.049906655473) q[3];
rx(pi*0.076140838149) q[4];
rx(pi*-0.002296161671) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.178842925429) q[0];
rx(pi*-0.029118749432) q[1];
rx(pi*-0.016841950417) q[2];
rx(pi*-0.176969195839) q[3];
rx(pi*0.07620107188) q[4];
rx(pi*0.001503187232) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.056499016507) q[0];
rx(pi*-0.10493334407) q[1];
rx(pi*-0.140240716838) q[2];
rx(pi*0.052821087705) q[3];
rx(pi*0.079164425342) q[4];
rx(pi*-0.003924655749) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.134508831573) q[0];
rx(pi*-0.082927148097) q[1];
rx(pi*-0.139034258785) q[2];
rx(pi*-0.179638073285) q[3];
rx(pi*0.074612882143) q[4];
rx(pi*0.000253024324) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

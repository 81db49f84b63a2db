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
rx(pi*0.179459881238) q[0];
rx(pi*0.032510443505) q[1];
rx(pi*-0.096464213063) q[2];
rx(pi*-0.000182101581) q[3];
rx(pi*-0.001147058234) q[4];
rx(pi*0.006159384552) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.006311822872) q[0];
rx(pi*-0.052812104109) q[1];
rx(pi*-0.099469572189) q[2];
rx(pi*0.007541000198) q[3];
rx(pi*0.002251734759) q[4];
rx(pi*0.003306392302) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.143350852963) q[0];
rx(pi*0.028766565432) q[1];
rx(pi*-0.096209598789) q[2];
rx(pi*-0.000928036093) q[3];
rx(pi*0.004547902507) q[4];
rx(pi*0.001890252629) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.006261772764) q[0];
rx(pi*-0.043071533388) q[1];
rx(pi*-0.101354524159) q[2];
rx(pi*-0.001065809665) q[3];
rx(pi*0.000744763575) q[4];
rx(pi*0.001122900368) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.1751931759) q[0];
rx(pi*0.034499975631) q[1];
rx(pi*-0.099207549057) q[2];
rx(pi*-7.0444511e-05) q[3];
rx(pi*0.002400150412) q[4];
rx(pi*-0.000828910453) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

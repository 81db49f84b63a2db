// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rz(pi*-0.001897877599) q[0];
rz(pi*-0.001022174865) q[1];
rz(pi*0.000715484623) q[2];
rz(pi*0.00183213184) q[3];
rz(pi*-0.003975510717) q[4];
rz(pi*-0.005506309967) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-1.3763925e-05) q[0];
rz(pi*0.003863125053) q[1];
rz(pi*0.002409986447) q[2];
rz(pi*0.000686514053) q[3];
rz(pi*-0.001009435184) q[4];
rz(pi*0.000933323265) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000774607633) q[0];
rz(pi*0.002600909059) q[1];
rz(pi*-0.002529168653) q[2];
rz(pi*0.000427471643) q[3];
rz(pi*-0.000352316032) q[4];
rz(pi*0.001729671591) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000714960649) q[0];
rz(pi*0.008116969536) q[1];
rz(pi*0.004770306984) q[2];
rz(pi*0.004764366143) q[3];
rz(pi*-0.006491846382) q[4];
rz(pi*-0.001083730389) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001937809897) q[0];
rz(pi*0.00169501268) q[1];
rz(pi*-0.007254680684) q[2];
rz(pi*0.003738199885) q[3];
rz(pi*0.003396361665) q[4];
rz(pi*-0.004144441098) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

// DiffQAS-QLSTM derived circuit, update gate
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
rx(pi*-0.006389311131) q[0];
rx(pi*0.001234789257) q[1];
rx(pi*-0.000570393129) q[2];
rx(pi*-0.001584133571) q[3];
rx(pi*-0.001986405774) q[4];
rx(pi*-0.001188003499) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.006631897869) q[0];
rx(pi*-0.001212440916) q[1];
rx(pi*-0.003415233027) q[2];
rx(pi*0.006352396686) q[3];
rx(pi*-0.001453369392) q[4];
rx(pi*0.001248257833) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.009172116962) q[0];
rx(pi*-0.000875515378) q[1];
rx(pi*0.003308661324) q[2];
rx(pi*-0.000825122203) q[3];
rx(pi*0.007834846557) q[4];
rx(pi*0.001741366808) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.008692695786) q[0];
rx(pi*0.002428151964) q[1];
rx(pi*0.002403023597) q[2];
rx(pi*-0.001100603387) q[3];
rx(pi*0.003180062855) q[4];
rx(pi*0.003133220919) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.008119462081) q[0];
rx(pi*-0.00047419159) q[1];
rx(pi*-0.001720807761) q[2];
rx(pi*0.001224723399) q[3];
rx(pi*-0.000783471464) q[4];
rx(pi*-0.003095640946) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

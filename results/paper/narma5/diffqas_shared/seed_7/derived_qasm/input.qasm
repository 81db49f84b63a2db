// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*-0.050266957438) q[0];
rz(pi*0.125581679464) q[1];
rz(pi*-0.004908294889) q[2];
rz(pi*0.071266245975) q[3];
rz(pi*0.054367001417) q[4];
rz(pi*-0.019752674664) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.007127027887) q[0];
rz(pi*-0.023312583488) q[1];
rz(pi*0.014616236041) q[2];
rz(pi*-0.156455946409) q[3];
rz(pi*-0.044562838789) q[4];
rz(pi*0.023383610341) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.034633932717) q[0];
rz(pi*0.006426548706) q[1];
rz(pi*0.003007717675) q[2];
rz(pi*0.043416486401) q[3];
rz(pi*-0.02998614314) q[4];
rz(pi*-0.05798246719) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.082724300965) q[0];
rz(pi*0.21852621067) q[1];
rz(pi*-0.031856533526) q[2];
rz(pi*0.114458963046) q[3];
rz(pi*0.122393053081) q[4];
rz(pi*-0.021326751048) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.08916263649) q[0];
rz(pi*0.056325406379) q[1];
rz(pi*0.007157364125) q[2];
rz(pi*0.089268124968) q[3];
rz(pi*0.000966745612) q[4];
rz(pi*-0.00215070295) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

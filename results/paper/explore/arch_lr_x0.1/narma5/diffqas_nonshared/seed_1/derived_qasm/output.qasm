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
rx(pi*0.043645269279) q[0];
rx(pi*0.000242908997) q[1];
rx(pi*0.003392185289) q[2];
rx(pi*-0.004866931334) q[3];
rx(pi*-0.001241513391) q[4];
rx(pi*-0.001069710121) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.054614012362) q[0];
rx(pi*-0.000686595058) q[1];
rx(pi*-0.001803400578) q[2];
rx(pi*0.002326164403) q[3];
rx(pi*-0.00361578416) q[4];
rx(pi*0.001634064655) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.038843288181) q[0];
rx(pi*0.006342184605) q[1];
rx(pi*-0.000234375892) q[2];
rx(pi*-0.001417739016) q[3];
rx(pi*-0.004272344098) q[4];
rx(pi*-0.000575192642) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.048024089326) q[0];
rx(pi*-0.002424076825) q[1];
rx(pi*0.003698147526) q[2];
rx(pi*-0.001099114471) q[3];
rx(pi*0.000212718112) q[4];
rx(pi*0.000815681557) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.049145549469) q[0];
rx(pi*-0.001309650828) q[1];
rx(pi*0.000137853521) q[2];
rx(pi*0.000890227483) q[3];
rx(pi*0.001877350865) q[4];
rx(pi*-0.005922516319) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

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
rx(pi*-0.002083367335) q[0];
rx(pi*0.002139604486) q[1];
rx(pi*-0.006230687695) q[2];
rx(pi*-0.002396139899) q[3];
rx(pi*-0.001162979778) q[4];
rx(pi*-0.004286521187) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001153792374) q[0];
rx(pi*0.00254312222) q[1];
rx(pi*0.000932303035) q[2];
rx(pi*-0.003012404241) q[3];
rx(pi*0.001690728989) q[4];
rx(pi*0.004840527199) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001668692291) q[0];
rx(pi*0.000592351565) q[1];
rx(pi*0.006303210431) q[2];
rx(pi*0.001944995528) q[3];
rx(pi*0.002589550016) q[4];
rx(pi*-0.000636934632) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.0001386327) q[0];
rx(pi*0.004067401663) q[1];
rx(pi*0.002080665942) q[2];
rx(pi*-0.000164563351) q[3];
rx(pi*-0.001480442613) q[4];
rx(pi*-0.005563077021) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002918972055) q[0];
rx(pi*-0.001784380843) q[1];
rx(pi*-0.000411243496) q[2];
rx(pi*0.00213351453) q[3];
rx(pi*0.002610094241) q[4];
rx(pi*0.002285510696) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

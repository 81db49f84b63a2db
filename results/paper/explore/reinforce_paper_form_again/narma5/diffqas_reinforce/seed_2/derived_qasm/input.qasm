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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.004064928091) q[0];
rx(pi*-0.000176722548) q[1];
rx(pi*-0.003672962982) q[2];
rx(pi*0.005943765797) q[3];
rx(pi*-0.000287475166) q[4];
rx(pi*-0.002046541824) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.007204304481) q[0];
rx(pi*-0.001401542219) q[1];
rx(pi*0.002707558135) q[2];
rx(pi*-0.001271960279) q[3];
rx(pi*0.000719572213) q[4];
rx(pi*-0.00124374721) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.002496224256) q[0];
rx(pi*0.0057751289) q[1];
rx(pi*-0.00418796221) q[2];
rx(pi*-0.008144255905) q[3];
rx(pi*0.00398366307) q[4];
rx(pi*-0.00020328256) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.002187824613) q[0];
rx(pi*-0.001777020307) q[1];
rx(pi*0.005960367544) q[2];
rx(pi*0.006739316823) q[3];
rx(pi*-0.002717159827) q[4];
rx(pi*0.001182057766) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.003046067824) q[0];
rx(pi*-0.005328470102) q[1];
rx(pi*-0.000997216068) q[2];
rx(pi*0.001409080032) q[3];
rx(pi*-0.004557474258) q[4];
rx(pi*-0.004304767931) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

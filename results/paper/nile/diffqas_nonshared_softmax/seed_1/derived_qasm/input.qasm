// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*-0.063383369021) q[0];
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
rx(pi*-0.155918002608) q[0];
rx(pi*0.049690641254) q[1];
rx(pi*0.003735094877) q[2];
rx(pi*-0.001116440962) q[3];
rx(pi*0.00509239161) q[4];
rx(pi*-0.000224480715) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.17855844805) q[0];
rx(pi*0.041889597612) q[1];
rx(pi*0.003173412017) q[2];
rx(pi*0.000748567092) q[3];
rx(pi*0.00567633721) q[4];
rx(pi*0.004112384862) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.024376295331) q[0];
rx(pi*0.050665408855) q[1];
rx(pi*0.004253872053) q[2];
rx(pi*-0.000378399965) q[3];
rx(pi*0.007378652175) q[4];
rx(pi*0.001125642226) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.107393976637) q[0];
rx(pi*0.041665491516) q[1];
rx(pi*0.000365361463) q[2];
rx(pi*0.002056890865) q[3];
rx(pi*0.006193038056) q[4];
rx(pi*0.002547048689) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.032795582558) q[0];
rx(pi*0.042537289272) q[1];
rx(pi*0.003043565793) q[2];
rx(pi*-0.001686009666) q[3];
rx(pi*0.008583002474) q[4];
rx(pi*-0.000412275473) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

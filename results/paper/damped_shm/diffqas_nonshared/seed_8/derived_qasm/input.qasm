// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*-0.143622969596) q[0];
ry(pi*0.039080222226) q[1];
ry(pi*-0.022362262272) q[2];
ry(pi*-0.048490415748) q[3];
ry(pi*0.081365880689) q[4];
ry(pi*-0.207572294789) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.049711430642) q[0];
ry(pi*-0.000374046016) q[1];
ry(pi*0.01393355389) q[2];
ry(pi*-0.033007593527) q[3];
ry(pi*-0.038315836309) q[4];
ry(pi*-0.019413592531) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.225563164845) q[0];
ry(pi*0.127493174307) q[1];
ry(pi*-0.069121689898) q[2];
ry(pi*-0.003376252627) q[3];
ry(pi*-0.020567852998) q[4];
ry(pi*0.074493263712) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.155252780128) q[0];
ry(pi*-0.094582012142) q[1];
ry(pi*-0.089160606406) q[2];
ry(pi*-0.045978504588) q[3];
ry(pi*-0.016212241364) q[4];
ry(pi*-0.136252702191) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.058347246724) q[0];
ry(pi*0.197084785964) q[1];
ry(pi*-0.272386616008) q[2];
ry(pi*-0.463113387574) q[3];
ry(pi*-0.075232930511) q[4];
ry(pi*-0.000363223657) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

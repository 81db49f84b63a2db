// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
ry(pi*-0.497974407479) q[0];
ry(pi*0.499851722918) q[1];
ry(pi*-0.007592286499) q[2];
ry(pi*-0.158118518804) q[3];
ry(pi*-0.514971029665) q[4];
ry(pi*-0.320101710422) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.501291450904) q[0];
ry(pi*0.506928292189) q[1];
ry(pi*0.028217776333) q[2];
ry(pi*0.48760936774) q[3];
ry(pi*0.004378531602) q[4];
ry(pi*0.520329958142) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000257306199) q[0];
ry(pi*0.016931798236) q[1];
ry(pi*0.235156734716) q[2];
ry(pi*0.012700211454) q[3];
ry(pi*-0.010926120806) q[4];
ry(pi*0.016608807365) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.00097675307) q[0];
ry(pi*0.069127011754) q[1];
ry(pi*0.151552183636) q[2];
ry(pi*0.095922123716) q[3];
ry(pi*0.269005179077) q[4];
ry(pi*0.448483160317) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.505341828973) q[0];
ry(pi*-0.490820163778) q[1];
ry(pi*-0.320586122616) q[2];
ry(pi*-0.15868439049) q[3];
ry(pi*0.020683555928) q[4];
ry(pi*0.005375638725) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

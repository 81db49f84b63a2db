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
ry(pi*0.071272307768) q[0];
ry(pi*0.035008404953) q[1];
ry(pi*0.047880906742) q[2];
ry(pi*0.046797074301) q[3];
ry(pi*-0.049985757601) q[4];
ry(pi*0.002872933794) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.066139159731) q[0];
ry(pi*-0.000166354571) q[1];
ry(pi*-0.020944374291) q[2];
ry(pi*-0.002007719581) q[3];
ry(pi*0.000579280268) q[4];
ry(pi*-0.003758600036) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.069807948412) q[0];
ry(pi*0.036468765802) q[1];
ry(pi*0.014958251835) q[2];
ry(pi*-0.026466404365) q[3];
ry(pi*0.005423954606) q[4];
ry(pi*-0.004497942519) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.068249996492) q[0];
ry(pi*-0.002124674416) q[1];
ry(pi*-0.018262713956) q[2];
ry(pi*-0.009499669593) q[3];
ry(pi*-0.007443492133) q[4];
ry(pi*0.004567603927) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.070995504865) q[0];
ry(pi*0.037577673101) q[1];
ry(pi*0.034856395298) q[2];
ry(pi*0.042773665993) q[3];
ry(pi*0.01697679685) q[4];
ry(pi*0.000514981182) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

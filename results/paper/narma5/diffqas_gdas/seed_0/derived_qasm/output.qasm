// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*-0.000180494604) q[0];
ry(pi*0.00450020413) q[1];
ry(pi*-0.00136607489) q[2];
ry(pi*-0.002341253963) q[3];
ry(pi*0.000799060689) q[4];
ry(pi*0.003287065891) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*8.7316291e-05) q[0];
ry(pi*-0.001676444437) q[1];
ry(pi*-0.004283713221) q[2];
ry(pi*-0.004456202178) q[3];
ry(pi*0.00160034608) q[4];
ry(pi*0.003154204778) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.000140448896) q[0];
ry(pi*-0.003069019513) q[1];
ry(pi*0.002788553684) q[2];
ry(pi*-0.004075132168) q[3];
ry(pi*-0.002269748049) q[4];
ry(pi*0.001980590034) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.001153885607) q[0];
ry(pi*0.001131981421) q[1];
ry(pi*-0.001857687983) q[2];
ry(pi*0.000345187207) q[3];
ry(pi*-0.000240965383) q[4];
ry(pi*0.000643350755) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000434588906) q[0];
ry(pi*-0.00217891928) q[1];
ry(pi*0.004533761288) q[2];
ry(pi*0.002311228256) q[3];
ry(pi*0.002685684335) q[4];
ry(pi*0.003707877284) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

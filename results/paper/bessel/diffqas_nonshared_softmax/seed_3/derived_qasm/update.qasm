// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*0.124749838314) q[0];
ry(pi*-0.074933777711) q[1];
ry(pi*-0.017029702357) q[2];
ry(pi*0.014797263327) q[3];
ry(pi*0.133612359758) q[4];
ry(pi*0.020530611866) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.03470049623) q[0];
ry(pi*0.054609904762) q[1];
ry(pi*0.30466929642) q[2];
ry(pi*-0.046031153963) q[3];
ry(pi*-0.01112963317) q[4];
ry(pi*-0.010674163902) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.064126117999) q[0];
ry(pi*-0.244736909828) q[1];
ry(pi*0.161844368023) q[2];
ry(pi*-0.052130038573) q[3];
ry(pi*0.03757482956) q[4];
ry(pi*-0.030848587332) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005221037512) q[0];
ry(pi*-0.22546418402) q[1];
ry(pi*0.10622177388) q[2];
ry(pi*-0.475031764111) q[3];
ry(pi*0.39463277259) q[4];
ry(pi*-0.220776378547) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.045630587084) q[0];
ry(pi*0.000753573897) q[1];
ry(pi*0.031237504944) q[2];
ry(pi*0.010096590774) q[3];
ry(pi*0.017550927611) q[4];
ry(pi*0.001014876064) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

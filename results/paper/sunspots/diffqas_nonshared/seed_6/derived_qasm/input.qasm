// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
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
ry(pi*0.005668777756) q[0];
ry(pi*-0.002005469531) q[1];
ry(pi*0.00055704469) q[2];
ry(pi*-0.023941667627) q[3];
ry(pi*-0.196482534034) q[4];
ry(pi*0.006395544865) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000251961313) q[0];
ry(pi*0.060302587588) q[1];
ry(pi*-0.000679555279) q[2];
ry(pi*-0.036100841535) q[3];
ry(pi*0.009350432924) q[4];
ry(pi*0.002213573448) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002494470462) q[0];
ry(pi*0.001908109691) q[1];
ry(pi*0.000653227256) q[2];
ry(pi*-0.011564364038) q[3];
ry(pi*-0.001215456768) q[4];
ry(pi*0.049020979151) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.051004257386) q[0];
ry(pi*0.011069566637) q[1];
ry(pi*-0.001709431227) q[2];
ry(pi*0.001998253069) q[3];
ry(pi*-0.001889604295) q[4];
ry(pi*0.077177162831) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.012268172344) q[0];
ry(pi*-0.087510129139) q[1];
ry(pi*-0.162360123196) q[2];
ry(pi*0.017062436276) q[3];
ry(pi*0.0009195031) q[4];
ry(pi*0.005098827522) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

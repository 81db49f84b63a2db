// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.026303643375) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.006542617455) q[0];
rz(pi*0.001635215471) q[1];
rz(pi*-0.002074732956) q[2];
rz(pi*-0.00470197693) q[3];
rz(pi*-0.007229510962) q[4];
rz(pi*0.004045382604) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000280157855) q[0];
rz(pi*0.000185115821) q[1];
rz(pi*0.001774711709) q[2];
rz(pi*-0.000421018945) q[3];
rz(pi*-0.004889604064) q[4];
rz(pi*0.002001145672) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003029292654) q[0];
rz(pi*0.001484204257) q[1];
rz(pi*0.004744008681) q[2];
rz(pi*0.005920141761) q[3];
rz(pi*-0.002707296667) q[4];
rz(pi*-0.001576902434) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002670853872) q[0];
rz(pi*0.000406178514) q[1];
rz(pi*0.000517663343) q[2];
rz(pi*0.002827427362) q[3];
rz(pi*0.002208869096) q[4];
rz(pi*-0.001560666357) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000247711066) q[0];
rz(pi*-0.002418861543) q[1];
rz(pi*-0.000770169492) q[2];
rz(pi*-0.003690484611) q[3];
rz(pi*-0.00640844159) q[4];
rz(pi*-0.001728332086) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*0.002480561067) q[0];
rz(pi*0.006013899151) q[1];
rz(pi*-0.001548093354) q[2];
rz(pi*-0.002657258416) q[3];
rz(pi*0.002838190839) q[4];
rz(pi*0.005261719826) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.008646201289) q[0];
rz(pi*-0.000539827959) q[1];
rz(pi*0.003850392561) q[2];
rz(pi*0.008307078247) q[3];
rz(pi*-0.006441416818) q[4];
rz(pi*-0.006059303308) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003945542966) q[0];
rz(pi*-0.003822718733) q[1];
rz(pi*0.000764427642) q[2];
rz(pi*-0.001748394284) q[3];
rz(pi*-0.001822125198) q[4];
rz(pi*0.002118220124) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-7.0163653e-05) q[0];
rz(pi*-0.001664462109) q[1];
rz(pi*0.002955361785) q[2];
rz(pi*-0.001401598396) q[3];
rz(pi*0.004476656875) q[4];
rz(pi*-0.003692287911) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003827356977) q[0];
rz(pi*-0.000358071815) q[1];
rz(pi*0.004372278007) q[2];
rz(pi*-0.000990151684) q[3];
rz(pi*-0.003265237448) q[4];
rz(pi*-0.000156373813) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

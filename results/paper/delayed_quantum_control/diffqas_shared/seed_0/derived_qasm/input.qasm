// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.316916735344) q[0];
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
rz(pi*-0.198323801252) q[0];
rz(pi*-0.075193457709) q[1];
rz(pi*-0.044079043209) q[2];
rz(pi*0.06263249318) q[3];
rz(pi*0.071536304066) q[4];
rz(pi*-0.174013659149) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.005750489823) q[0];
rz(pi*-0.072322411407) q[1];
rz(pi*0.017956926624) q[2];
rz(pi*-0.029375808819) q[3];
rz(pi*-0.054224278922) q[4];
rz(pi*0.202041871645) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.108336694524) q[0];
rz(pi*-0.158815311935) q[1];
rz(pi*-0.280095281342) q[2];
rz(pi*0.204921327617) q[3];
rz(pi*0.200497205392) q[4];
rz(pi*0.038748559624) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.029687277303) q[0];
rz(pi*-0.07108542146) q[1];
rz(pi*0.253583143168) q[2];
rz(pi*-0.141933503332) q[3];
rz(pi*0.166711674662) q[4];
rz(pi*0.213981364851) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.088029830644) q[0];
rz(pi*0.031630378373) q[1];
rz(pi*-0.008655629559) q[2];
rz(pi*0.005609362225) q[3];
rz(pi*-0.244588751641) q[4];
rz(pi*-0.002106164129) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

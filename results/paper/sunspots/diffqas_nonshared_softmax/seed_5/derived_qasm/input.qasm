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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.029640820159) q[0];
ry(pi*0.190006452227) q[1];
ry(pi*0.285767089401) q[2];
ry(pi*-0.114723424176) q[3];
ry(pi*-0.023926717102) q[4];
ry(pi*-0.263842732375) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.005845153755) q[0];
ry(pi*0.15437703604) q[1];
ry(pi*0.054267788176) q[2];
ry(pi*0.037852092552) q[3];
ry(pi*-0.030021797676) q[4];
ry(pi*-0.113648466237) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.031485075585) q[0];
ry(pi*0.141850156052) q[1];
ry(pi*-0.071804042738) q[2];
ry(pi*-0.231909302303) q[3];
ry(pi*0.10837267634) q[4];
ry(pi*0.209733252806) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.147011103907) q[0];
ry(pi*0.071328320062) q[1];
ry(pi*-0.170729742142) q[2];
ry(pi*-0.265066341792) q[3];
ry(pi*-0.006658046466) q[4];
ry(pi*-0.109184197677) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.027388358952) q[0];
ry(pi*0.174934842968) q[1];
ry(pi*-0.264946244299) q[2];
ry(pi*-0.107669811929) q[3];
ry(pi*-0.103102293677) q[4];
ry(pi*0.003607870745) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

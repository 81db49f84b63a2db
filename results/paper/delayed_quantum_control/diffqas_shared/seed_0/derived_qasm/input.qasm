// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.198321733223) q[0];
rz(pi*-0.075192048982) q[1];
rz(pi*-0.044078156233) q[2];
rz(pi*0.062632293966) q[3];
rz(pi*0.071537257446) q[4];
rz(pi*-0.174011856738) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.005749365688) q[0];
rz(pi*-0.072320338635) q[1];
rz(pi*0.017958956708) q[2];
rz(pi*-0.029374535274) q[3];
rz(pi*-0.054223235421) q[4];
rz(pi*0.202043180765) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.108335945101) q[0];
rz(pi*-0.158813955384) q[1];
rz(pi*-0.280093573794) q[2];
rz(pi*0.204923130028) q[3];
rz(pi*0.200498912939) q[4];
rz(pi*0.038749539092) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.02968625989) q[0];
rz(pi*-0.071084221434) q[1];
rz(pi*0.253583579541) q[2];
rz(pi*-0.14193076177) q[3];
rz(pi*0.166712547409) q[4];
rz(pi*0.213981971979) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.088028132583) q[0];
rz(pi*0.03163184639) q[1];
rz(pi*-0.008654485858) q[2];
rz(pi*0.00561066423) q[3];
rz(pi*-0.244588239377) q[4];
rz(pi*-0.002105591241) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

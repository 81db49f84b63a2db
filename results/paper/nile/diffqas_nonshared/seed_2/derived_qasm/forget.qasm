// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
rz(pi*-0.001473025751) q[0];
rz(pi*-0.004918209335) q[1];
rz(pi*-0.004531353528) q[2];
rz(pi*-0.003611019629) q[3];
rz(pi*-0.000631539924) q[4];
rz(pi*-0.004564720662) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00142684801) q[0];
rz(pi*-0.002452200811) q[1];
rz(pi*-0.001992948111) q[2];
rz(pi*-0.003664274353) q[3];
rz(pi*0.002102274567) q[4];
rz(pi*0.000233595323) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004427994148) q[0];
rz(pi*0.005090443939) q[1];
rz(pi*0.001965736151) q[2];
rz(pi*-0.000327787826) q[3];
rz(pi*-0.000443369546) q[4];
rz(pi*0.002513087767) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001413254778) q[0];
rz(pi*-0.002908020333) q[1];
rz(pi*0.002574458974) q[2];
rz(pi*-0.000560444406) q[3];
rz(pi*0.005554660236) q[4];
rz(pi*0.00014936392) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003963380017) q[0];
rz(pi*0.00035520567) q[1];
rz(pi*0.002311610675) q[2];
rz(pi*0.001195091747) q[3];
rz(pi*0.00263660747) q[4];
rz(pi*-0.001865998343) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.072857879265) q[0];
ry(pi*-0.022927439082) q[1];
ry(pi*0.330252054547) q[2];
ry(pi*-0.019574996067) q[3];
ry(pi*0.025052934662) q[4];
ry(pi*-0.159888125954) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.144786236189) q[0];
ry(pi*0.343006749803) q[1];
ry(pi*0.04889500485) q[2];
ry(pi*0.522939925206) q[3];
ry(pi*0.072434730074) q[4];
ry(pi*-0.015753596533) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.245057207755) q[0];
ry(pi*-0.133303179861) q[1];
ry(pi*0.13053665917) q[2];
ry(pi*-0.048931342405) q[3];
ry(pi*-0.033077636169) q[4];
ry(pi*-0.00141890584) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.110439330315) q[0];
ry(pi*-0.07651315935) q[1];
ry(pi*-0.578737144519) q[2];
ry(pi*0.000903926919) q[3];
ry(pi*-0.528492944892) q[4];
ry(pi*0.105887530984) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.13373787397) q[0];
ry(pi*0.190955184475) q[1];
ry(pi*-0.06672849122) q[2];
ry(pi*-0.002128573612) q[3];
ry(pi*-0.998353496892) q[4];
ry(pi*0.006232838731) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

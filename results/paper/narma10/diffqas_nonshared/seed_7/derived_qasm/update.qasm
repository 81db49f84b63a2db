// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*0.000646619849) q[0];
rz(pi*-0.001474822085) q[1];
rz(pi*0.000404995793) q[2];
rz(pi*-0.003778988625) q[3];
rz(pi*-0.001843954827) q[4];
rz(pi*-0.000624483395) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002860849932) q[0];
rz(pi*0.003645373049) q[1];
rz(pi*-0.004212932717) q[2];
rz(pi*-0.00252939188) q[3];
rz(pi*0.002059248674) q[4];
rz(pi*-0.00634208144) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001474318418) q[0];
rz(pi*-0.000309747448) q[1];
rz(pi*0.004001246656) q[2];
rz(pi*0.002194529553) q[3];
rz(pi*-0.001041549524) q[4];
rz(pi*-0.001173211129) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000796386643) q[0];
rz(pi*0.004849565934) q[1];
rz(pi*-0.001362431826) q[2];
rz(pi*-0.000966653491) q[3];
rz(pi*0.001122363572) q[4];
rz(pi*-0.000384390055) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000627964895) q[0];
rz(pi*-0.003546200718) q[1];
rz(pi*-3.669054e-05) q[2];
rz(pi*-0.001411962111) q[3];
rz(pi*0.003711898914) q[4];
rz(pi*0.002078844261) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

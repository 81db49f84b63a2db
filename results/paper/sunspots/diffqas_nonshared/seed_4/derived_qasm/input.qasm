// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*-0.001145352169) q[0];
rz(pi*-8.931811e-05) q[1];
rz(pi*0.001753258274) q[2];
rz(pi*-0.001781905196) q[3];
rz(pi*0.000997576327) q[4];
rz(pi*0.001670944564) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001345193899) q[0];
rz(pi*0.002195993122) q[1];
rz(pi*0.001684948823) q[2];
rz(pi*-0.001176399366) q[3];
rz(pi*-0.000723500016) q[4];
rz(pi*0.00023545519) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000606208823) q[0];
rz(pi*-0.000799171116) q[1];
rz(pi*-0.003420145783) q[2];
rz(pi*0.000222368978) q[3];
rz(pi*0.002245475679) q[4];
rz(pi*0.001938142364) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002764706422) q[0];
rz(pi*0.001686258832) q[1];
rz(pi*0.001843930518) q[2];
rz(pi*-0.00307727414) q[3];
rz(pi*0.001562276373) q[4];
rz(pi*-0.00066935046) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00130389082) q[0];
rz(pi*0.000635020533) q[1];
rz(pi*-0.000782110688) q[2];
rz(pi*-0.007249464957) q[3];
rz(pi*0.000563137054) q[4];
rz(pi*-0.003692562127) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

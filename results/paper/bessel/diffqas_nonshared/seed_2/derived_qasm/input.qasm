// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*-0.470883562555) q[0];
ry(pi*0.010369301492) q[1];
ry(pi*-0.012677630327) q[2];
ry(pi*-0.171151942696) q[3];
ry(pi*0.012034616634) q[4];
ry(pi*-0.148379930735) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.072790407431) q[0];
ry(pi*-0.164474996409) q[1];
ry(pi*0.00895812927) q[2];
ry(pi*0.493261007769) q[3];
ry(pi*-0.261951168403) q[4];
ry(pi*0.187649999018) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00775434756) q[0];
ry(pi*-0.154842987751) q[1];
ry(pi*0.202665942235) q[2];
ry(pi*-0.115001441334) q[3];
ry(pi*0.000319403688) q[4];
ry(pi*-0.510719312797) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001897520674) q[0];
ry(pi*0.259580978924) q[1];
ry(pi*-0.280804046277) q[2];
ry(pi*-0.146526909899) q[3];
ry(pi*-0.019876525203) q[4];
ry(pi*-0.005108602637) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000949734469) q[0];
ry(pi*-0.006988744422) q[1];
ry(pi*-0.055740647323) q[2];
ry(pi*-0.222082367634) q[3];
ry(pi*0.038042958394) q[4];
ry(pi*0.006143333608) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

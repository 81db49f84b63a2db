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
ry(pi*0.004208694383) q[0];
ry(pi*-0.008731580433) q[1];
ry(pi*-0.001868766289) q[2];
ry(pi*0.500309611211) q[3];
ry(pi*0.00013307979) q[4];
ry(pi*-0.00031392753) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001142761129) q[0];
ry(pi*-0.000838167005) q[1];
ry(pi*0.076560932729) q[2];
ry(pi*-0.065824226349) q[3];
ry(pi*-0.002309294814) q[4];
ry(pi*0.000404415345) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003736271483) q[0];
ry(pi*-0.00321267849) q[1];
ry(pi*-0.007215012819) q[2];
ry(pi*-0.003604015127) q[3];
ry(pi*-0.500238880807) q[4];
ry(pi*0.498430170824) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002282640624) q[0];
ry(pi*-0.011737594711) q[1];
ry(pi*0.004147958468) q[2];
ry(pi*-0.001085946495) q[3];
ry(pi*0.00015515712) q[4];
ry(pi*0.068407328002) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.496838926475) q[0];
ry(pi*-0.500129977235) q[1];
ry(pi*-0.000907098036) q[2];
ry(pi*-0.001227385587) q[3];
ry(pi*-0.000188318287) q[4];
ry(pi*0.003564510902) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

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
rz(pi*0.030359911972) q[0];
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
rx(pi*0.103505701724) q[0];
rx(pi*-0.001510584825) q[1];
rx(pi*0.00339179783) q[2];
rx(pi*-0.009743832848) q[3];
rx(pi*0.000233239417) q[4];
rx(pi*-0.001069706638) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.110683538037) q[0];
rx(pi*-0.007590180524) q[1];
rx(pi*-0.000622146486) q[2];
rx(pi*-0.001445265509) q[3];
rx(pi*-0.002018739782) q[4];
rx(pi*0.00163414351) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.078635626405) q[0];
rx(pi*0.005671234134) q[1];
rx(pi*0.001032703555) q[2];
rx(pi*-0.006018022759) q[3];
rx(pi*-0.002797566036) q[4];
rx(pi*-0.000575202091) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.109251598364) q[0];
rx(pi*-0.004056164757) q[1];
rx(pi*0.004717852969) q[2];
rx(pi*-0.004683945112) q[3];
rx(pi*0.001809720134) q[4];
rx(pi*0.000815669254) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.097543553707) q[0];
rx(pi*-0.002959350806) q[1];
rx(pi*0.000137464329) q[2];
rx(pi*-0.003986641495) q[3];
rx(pi*0.003352084015) q[4];
rx(pi*-0.005922520469) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

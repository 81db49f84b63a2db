// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.509977933708) q[0];
ry(pi*0.499887429629) q[1];
ry(pi*0.0052384373) q[2];
ry(pi*-0.001907474104) q[3];
ry(pi*0.006346892218) q[4];
ry(pi*-0.499714853516) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.8909715e-05) q[0];
ry(pi*0.000988100403) q[1];
ry(pi*-0.009176282073) q[2];
ry(pi*-0.00011905489) q[3];
ry(pi*-0.000105309162) q[4];
ry(pi*-0.499989540957) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005329669536) q[0];
ry(pi*0.000256159108) q[1];
ry(pi*-0.501113676258) q[2];
ry(pi*-0.000123833429) q[3];
ry(pi*-0.499756897125) q[4];
ry(pi*0.49995952607) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001166419775) q[0];
ry(pi*-7.6530006e-05) q[1];
ry(pi*0.002581231059) q[2];
ry(pi*-0.050833986462) q[3];
ry(pi*-0.500002176807) q[4];
ry(pi*-0.004191518711) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-2.2570156e-05) q[0];
ry(pi*-0.494064275961) q[1];
ry(pi*0.500023426284) q[2];
ry(pi*1.6078675e-05) q[3];
ry(pi*-1.0586789e-05) q[4];
ry(pi*-0.001458526422) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
